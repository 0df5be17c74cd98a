// Runs after the jest environment is set up, before each spec file.
import { registerSa11yMatcher } from '@sa11y/jest';

// Adds `await expect(element).toBeAccessible()` (axe-core rules, Salesforce's sa11y preset).
registerSa11yMatcher();
