import logging
import re

SECRET_RE = re.compile(r"(?i)(password|token|api_key|secret)=([^\s&]+)")


class RedactFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = SECRET_RE.sub(r"\1=***", record.getMessage())
        record.args = ()
        return True


def setup_logging() -> logging.Logger:
    handler = logging.StreamHandler()
    handler.addFilter(RedactFilter())
    log = logging.getLogger("sync")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log


if __name__ == "__main__":
    setup_logging().info("calling https://api.example/items?page=2&token=%s", "abc123")
