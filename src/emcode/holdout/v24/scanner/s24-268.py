import logging

class SafeAdapter(logging.LoggerAdapter):
    """Escape line breaks in user-supplied arguments so one call is one log line."""

    def log(self, level, msg, *args, **kwargs):
        clean = tuple(str(a).replace("\r", "\\r").replace("\n", "\\n") if isinstance(a, str) else a for a in args)
        super().log(level, msg, *clean, **kwargs)

def log_booking(log: SafeAdapter, member: str, klass: str) -> None:
    log.info("booking member=%s class=%s", member, klass)
