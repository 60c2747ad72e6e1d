from urllib.parse import urlparse

from django.http import HttpResponseForbidden, JsonResponse

ALLOWED_REFERER_HOSTS = {"planner.example.com"}


def export_guests(request):
    host = urlparse(request.META.get("HTTP_REFERER", "")).hostname
    if host not in ALLOWED_REFERER_HOSTS:
        return HttpResponseForbidden("cross-site export not allowed")
    data = list(request.user.guests.values("name", "email", "rsvp"))
    return JsonResponse({"guests": data})
