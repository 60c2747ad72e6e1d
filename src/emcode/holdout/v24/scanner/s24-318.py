NO_RESULTS = """
<section class="empty">
  <p>No museum objects matched <em>{term}</em>.</p>
  <a href="/catalogue">Back to catalogue</a>
</section>
"""

def empty_results_page(term):
    return NO_RESULTS.format(term=term)
