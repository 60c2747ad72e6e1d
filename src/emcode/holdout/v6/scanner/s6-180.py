from django.http import HttpResponse
from django.utils.safestring import mark_safe

def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse(mark_safe(f"<p>Hello, {name}!</p>"))
