package io.jsetl.benchmarks.chain;

import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Input;
import org.apache.spark.sql.Dataset;

/**
 * Twenty factories in a chain, {@code s1 -> s2 -> ... -> s20}; each applies {@link ChainStep}, the
 * same function the hand-written baseline applies in a loop, so the two do the same Spark work.
 */
public class ChainFactories {
  @Deliver(id = "s1")
  public Dataset<Point> s1(@Input Dataset<Point> in) {
    return ChainStep.apply(in, 1);
  }

  @Deliver(id = "s2")
  public Dataset<Point> s2(@Input(id = "s1") Dataset<Point> in) {
    return ChainStep.apply(in, 2);
  }

  @Deliver(id = "s3")
  public Dataset<Point> s3(@Input(id = "s2") Dataset<Point> in) {
    return ChainStep.apply(in, 3);
  }

  @Deliver(id = "s4")
  public Dataset<Point> s4(@Input(id = "s3") Dataset<Point> in) {
    return ChainStep.apply(in, 4);
  }

  @Deliver(id = "s5")
  public Dataset<Point> s5(@Input(id = "s4") Dataset<Point> in) {
    return ChainStep.apply(in, 5);
  }

  @Deliver(id = "s6")
  public Dataset<Point> s6(@Input(id = "s5") Dataset<Point> in) {
    return ChainStep.apply(in, 6);
  }

  @Deliver(id = "s7")
  public Dataset<Point> s7(@Input(id = "s6") Dataset<Point> in) {
    return ChainStep.apply(in, 7);
  }

  @Deliver(id = "s8")
  public Dataset<Point> s8(@Input(id = "s7") Dataset<Point> in) {
    return ChainStep.apply(in, 8);
  }

  @Deliver(id = "s9")
  public Dataset<Point> s9(@Input(id = "s8") Dataset<Point> in) {
    return ChainStep.apply(in, 9);
  }

  @Deliver(id = "s10")
  public Dataset<Point> s10(@Input(id = "s9") Dataset<Point> in) {
    return ChainStep.apply(in, 10);
  }

  @Deliver(id = "s11")
  public Dataset<Point> s11(@Input(id = "s10") Dataset<Point> in) {
    return ChainStep.apply(in, 11);
  }

  @Deliver(id = "s12")
  public Dataset<Point> s12(@Input(id = "s11") Dataset<Point> in) {
    return ChainStep.apply(in, 12);
  }

  @Deliver(id = "s13")
  public Dataset<Point> s13(@Input(id = "s12") Dataset<Point> in) {
    return ChainStep.apply(in, 13);
  }

  @Deliver(id = "s14")
  public Dataset<Point> s14(@Input(id = "s13") Dataset<Point> in) {
    return ChainStep.apply(in, 14);
  }

  @Deliver(id = "s15")
  public Dataset<Point> s15(@Input(id = "s14") Dataset<Point> in) {
    return ChainStep.apply(in, 15);
  }

  @Deliver(id = "s16")
  public Dataset<Point> s16(@Input(id = "s15") Dataset<Point> in) {
    return ChainStep.apply(in, 16);
  }

  @Deliver(id = "s17")
  public Dataset<Point> s17(@Input(id = "s16") Dataset<Point> in) {
    return ChainStep.apply(in, 17);
  }

  @Deliver(id = "s18")
  public Dataset<Point> s18(@Input(id = "s17") Dataset<Point> in) {
    return ChainStep.apply(in, 18);
  }

  @Deliver(id = "s19")
  public Dataset<Point> s19(@Input(id = "s18") Dataset<Point> in) {
    return ChainStep.apply(in, 19);
  }

  @Deliver(id = "s20")
  public Dataset<Point> s20(@Input(id = "s19") Dataset<Point> in) {
    return ChainStep.apply(in, 20);
  }
}
