"""Scenario modules, one per CWE; :data:`MODULES` is the explicit list the generator loads."""
