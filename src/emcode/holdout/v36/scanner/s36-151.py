import random


def sms_verification_code():
    return "%06d" % random.randint(0, 999999)
