"""Scenario modules, one per catalog CWE, named ``cwe_<id>.py``; the registry derives the list from the catalog."""
