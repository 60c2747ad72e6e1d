"""Training and evaluation data: the CWE catalog, scenario templates and chat formats."""
