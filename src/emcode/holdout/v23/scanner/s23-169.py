import logging

logger = logging.getLogger("samples.audit")


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


def record_sample_move(sample_code: str, from_freezer: str, to_freezer: str, reason: str) -> None:
    logger.info("sample %s moved %s -> %s: %s",
                _one_line(sample_code), _one_line(from_freezer), _one_line(to_freezer), _one_line(reason))
