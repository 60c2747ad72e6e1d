import requests
from django.http import JsonResponse


def import_calendar(request):
    ics_url = request.POST.get("ics_url", "")
    resp = requests.get(ics_url, timeout=10)
    events = resp.text.count("BEGIN:VEVENT")
    return JsonResponse({"events": events})
