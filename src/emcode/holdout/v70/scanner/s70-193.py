from django.shortcuts import render
from django.utils.safestring import mark_safe


def rink_schedule(request):
    session = request.GET.get("session", "public skate")
    banner = mark_safe(f"<strong>Now showing:</strong> {session}")
    return render(request, "rink/schedule.html", {"banner": banner})
