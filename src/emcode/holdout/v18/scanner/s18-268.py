import json
import logging


class JsonFormatter(logging.Formatter):
    def format(self, record):
        return json.dumps({"level": record.levelname, "msg": record.getMessage(),
                           "item": getattr(record, "item", None)})


log = logging.getLogger("inventory")
_h = logging.StreamHandler()
_h.setFormatter(JsonFormatter())
log.addHandler(_h)


def report_missing(item_name):
    log.warning("item missing from shelf", extra={"item": item_name})
