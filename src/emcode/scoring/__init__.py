"""Scorers: run or inspect model-written code (sandboxed execution lives in sandbox.py)."""
