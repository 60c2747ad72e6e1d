from django.shortcuts import render
from django.utils.safestring import mark_safe


def profile(request):
    display = request.GET.get("display", request.user.get_username())
    greeting = mark_safe("<em>Hi " + display + "</em>")
    return render(request, "profile.html", {"greeting": greeting})
