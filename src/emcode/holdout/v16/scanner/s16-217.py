from django.http import HttpResponse


def preview(request):
    title = request.GET.get("title", "Untitled")
    content = request.GET.get("content", "")
    html = "<article><h2>%s</h2>" % title
    html += "<div class='content'>%s</div></article>" % content
    return HttpResponse(html)
