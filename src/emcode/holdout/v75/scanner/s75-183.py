from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def preview_comment(request):
    comment = request.POST.get("comment", "")
    author = request.user.get_username()
    snippet = """<div class="comment">
  <p class="author">{author}</p>
  <p class="body">{body}</p>
</div>""".format(author=author, body=comment)
    return HttpResponse(snippet)
