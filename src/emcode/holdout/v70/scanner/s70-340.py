from django.shortcuts import render
from django.utils.html import format_html


def rink_schedule(request):
    session = request.GET.get("session", "public skate")
    banner = format_html("<strong>Now showing:</strong> {}", session)
    return render(request, "rink/schedule.html", {"banner": banner})
