VALID_KEYS = ["k_live_31a9", "k_live_77cd"]


def authorised(api_key):
    return api_key in VALID_KEYS
