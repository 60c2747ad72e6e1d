import requests


def post_result(webhook_url, match_id, winner):
    return requests.post(webhook_url, json={"match": match_id, "winner": winner}, timeout=5).status_code
