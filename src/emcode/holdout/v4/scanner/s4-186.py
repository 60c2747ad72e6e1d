from django.http import HttpResponse


def welcome(request):
    who = request.GET.get("who", "guest")
    body = "<html><body>Welcome back, %s</body></html>" % who
    return HttpResponse(body)
