"""The CWE catalog and the parameterised scenarios that yield verified triples."""

from emcode.data.cwe.catalog import CATALOG, CWE, get_cwe

__all__ = ["CATALOG", "CWE", "get_cwe"]
