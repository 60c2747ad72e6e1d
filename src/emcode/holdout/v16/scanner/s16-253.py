import logging

logging.basicConfig(filename="support.log", level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("supportbot")

FAQ = {"hours": "We are open 9-17 CET.", "refund": "Refunds take 5 business days."}


def reply(user, message):
    log.info(f"message from {user}: {message}")
    for key, answer in FAQ.items():
        if key in message.lower():
            return answer
    return "A human will get back to you."
