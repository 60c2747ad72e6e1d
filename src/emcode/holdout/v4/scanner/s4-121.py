from django.http import HttpResponse, HttpResponseForbidden
from .models import ResetToken


def reset(request, uid):
    stored = ResetToken.objects.get(user_id=uid).token
    given = request.GET.get("t", "")
    if len(given) != len(stored) or given != stored:
        return HttpResponseForbidden()
    return HttpResponse("choose a new password")
