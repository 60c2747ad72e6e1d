import requests


def notify_member_webhook(profile, event):
    requests.post(profile["webhook_url"], json={"event": event, "member": profile["id"]}, timeout=5)
