from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from .models import Shift


def shifts_today(request):
    who = request.GET.get("volunteer", "")
    rows = Shift.objects.filter(volunteer__name=who).values_list("start", "task")
    items = format_html_join("", "<li>{} - {}</li>", ((s.strftime("%H:%M"), t) for s, t in rows))
    html = format_html("<h2>Shifts for {}</h2><ul>{}</ul>", who, items)
    return HttpResponse(html)
