from django.http import HttpResponse
from django.utils.safestring import mark_safe
from .models import Shift


def shifts_today(request):
    who = request.GET.get("volunteer", "")
    count = Shift.objects.filter(volunteer__name=who).count()
    banner = mark_safe(f"<h2>Shifts for {who}</h2><p>{count} today</p>")
    return HttpResponse(banner)
