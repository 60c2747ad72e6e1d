from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def teacher_schedule(request):
    teacher = request.GET.get("teacher", "")
    heading = "<h1>Schedule for %s</h1>" % teacher
    return HttpResponse(heading + "<p>No lessons assigned yet.</p>")
