package io.jsetl.connectors;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * A JavaBean for I/O tests (records need jsetl's generated encoders). Its schema: {@code age} int
 * (not null), {@code city} and {@code name} strings (nullable).
 */
public class Person implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<Person> ENCODER = Encoders.bean(Person.class);

  private String name;
  private int age;
  private String city;

  public Person() {}

  /** The rows of {@code people}, by name: Spark returns them in no particular order. */
  public static List<Person> sorted(Dataset<Person> people) {
    return people.collectAsList().stream().sorted(Comparator.comparing(Person::getName)).toList();
  }

  public Person(String name, int age, String city) {
    this.name = name;
    this.age = age;
    this.city = city;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getAge() {
    return age;
  }

  public void setAge(int age) {
    this.age = age;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Person p
        && age == p.age
        && Objects.equals(name, p.name)
        && Objects.equals(city, p.city);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, age, city);
  }

  @Override
  public String toString() {
    return "Person[" + name + ", " + age + ", " + city + "]";
  }
}
