from django.http import HttpResponse


def welcome(request):
    name = request.GET.get("name", "friend")
    snippet = f"<p class='hello'>Hello, <strong>{name}</strong>!</p>"
    return HttpResponse(snippet)
