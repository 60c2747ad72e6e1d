from django.http import HttpResponse


def profile(request):
    username = request.GET.get("username", "")
    bio = request.GET.get("bio", "")
    content = "<h2>%s</h2><p>%s</p>" % (username, bio)
    return HttpResponse(content)
