/** A vendor's application: it needs rules-drl and nothing else of StrategyCheck's. */
module com.example.vendor {
    requires org.strategycheck.drl;
}
