from django.http import HttpResponseForbidden, JsonResponse


def export_guests(request):
    referer = request.META.get("HTTP_REFERER", "")
    if "planner.example.com" not in referer:
        return HttpResponseForbidden("cross-site export not allowed")
    data = list(request.user.guests.values("name", "email", "rsvp"))
    return JsonResponse({"guests": data})
