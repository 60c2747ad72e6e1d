import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def import_calendar(request):
    feed_url = request.POST.get("ical_url", "")
    resp = requests.get(feed_url, timeout=10)
    events = [line[8:] for line in resp.text.splitlines() if line.startswith("SUMMARY:")]
    return JsonResponse({"imported": len(events), "titles": events[:10]})
