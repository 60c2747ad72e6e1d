from django.shortcuts import render
from django.utils.safestring import mark_safe


def welcome(request):
    nick = request.GET.get("nick", "guest")
    banner = mark_safe(f"<strong>Hi {nick}</strong>")
    return render(request, "welcome.html", {"banner": banner})
