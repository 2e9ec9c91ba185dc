/* The decision guide's elements, one chunk: the guide itself and the reasons on a result's page. */
import './decision-guide';
import './guide-result-reasons';
