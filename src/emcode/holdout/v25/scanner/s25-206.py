import logging

log = logging.getLogger("printer-agent")
SENSITIVE = {"password", "token", "api_key", "secret"}


def redact(cfg: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE else v) for k, v in cfg.items()}


def start(cfg: dict) -> None:
    log.info("starting agent with config %s", redact(cfg))
