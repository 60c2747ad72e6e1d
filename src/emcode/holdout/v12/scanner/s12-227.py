import logging


def log_request(method, path, user_agent):
    message = method + " " + path + " ua=" + user_agent
    logging.info(message)
