"""Model backends behind one :class:`~emcode.models.base.Generator` protocol."""
