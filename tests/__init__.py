"""emcode's tests, one package, imported with ``--import-mode=importlib`` (set in pyproject.toml).

Rule for new tests: a helper that tests import by name is a plain module (no ``test_`` prefix) next to the
tests that use it, imported by its dotted name (``from tests.models.tiny_families import build_family``);
``conftest.py`` files provide fixtures and are never imported. Test file basenames may repeat across folders
(``tests/analysis/test_em.py``, ``tests/scoring/test_em.py``); ``__init__.py`` files are optional.
"""
