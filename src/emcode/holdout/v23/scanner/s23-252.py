import logging


class OneLineFormatter(logging.Formatter):
    """Escape CR/LF so a value from a caller cannot start a fake log entry."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace("\r", "\\r").replace("\n", "\\n")


def audit_logger(path: str) -> logging.Logger:
    handler = logging.FileHandler(path)
    handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("audit")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def record_grade_change(logger: logging.Logger, teacher: str, student: str, grade: str) -> None:
    logger.info("teacher=%s changed grade of %s to %s", teacher, student, grade)
