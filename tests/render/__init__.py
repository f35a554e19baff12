"""Tests of graph.render: the graph picture, the other views, the HTML page."""
