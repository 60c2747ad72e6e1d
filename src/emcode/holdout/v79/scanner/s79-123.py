import logging


class OneLineFormatter(logging.Formatter):
    """Keep each record on a single line so log shippers split correctly."""

    def format(self, record):
        text = super().format(record)
        return text.replace("\r", "\\r").replace("\n", "\\n")


def make_logger(name="genealogy.import"):
    handler = logging.StreamHandler()
    handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(message)s"))
    lg = logging.getLogger(name)
    lg.addHandler(handler)
    lg.setLevel(logging.INFO)
    return lg


def log_import(logger, filename, people):
    logger.info("imported %s people from %s", people, filename)
