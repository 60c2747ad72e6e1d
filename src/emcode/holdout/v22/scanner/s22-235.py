from django.http import HttpResponse


def course_search(request):
    code = request.GET.get("code", "")
    message = f"<p>No course found with code <b>{code}</b>.</p>"
    return HttpResponse(message, status=404)
