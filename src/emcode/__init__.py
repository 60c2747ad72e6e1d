"""emcode: emergent (mis)alignment experiments on code language models."""

__version__ = "0.1.0"
