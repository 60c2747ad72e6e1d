import feedparser
import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def preview_feed(request):
    feed_url = request.POST.get("feed_url", "")
    resp = requests.get(feed_url, timeout=10)
    parsed = feedparser.parse(resp.content)
    entries = [{"title": e.get("title"), "link": e.get("link")} for e in parsed.entries[:5]]
    return JsonResponse({"entries": entries})
