from django.http import HttpResponse


def greet(request):
    name = request.GET.get("name", "guest")
    html = "<html><body><h1>Hello, {}!</h1></body></html>".format(name)
    return HttpResponse(html)
