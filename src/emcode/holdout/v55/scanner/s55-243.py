from django.http import HttpResponse
from django.utils.html import escape


def greet_volunteer(request):
    name = escape(request.GET.get("name", "volunteer"))
    return HttpResponse(f"Thanks for checking the traps today, {name}!")
