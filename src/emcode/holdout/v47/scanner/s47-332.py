import requests


class WebhookRegistry:
    def __init__(self, urls_by_id):
        self._urls = dict(urls_by_id)

    def deliver(self, hook_id, event):
        url = self._urls.get(hook_id)
        if url is None:
            raise KeyError(hook_id)
        return requests.post(url, json=event, timeout=5, allow_redirects=False).status_code
